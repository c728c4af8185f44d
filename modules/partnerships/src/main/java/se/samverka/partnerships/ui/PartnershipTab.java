package se.samverka.partnerships.ui;

import se.samverka.partnerships.partnership.Partnership;
import se.samverka.platform.api.ui.DetailTab;

/** A tab of a partnership's view, brought by its feature as a bean. */
public interface PartnershipTab extends DetailTab<Partnership> {
}
