package se.samverka.agreements.ui;

import se.samverka.platform.api.ui.DetailTab;
import se.samverka.agreements.agreement.AgreementDetails;

/**
 * One tab of the agreement's detail view (the platform's {@link DetailTab} for agreements). Each tab is
 * a bean of its own feature (overview, parties, steering group, follow-up, documents, history): overview
 * 10, parties and commitments 20, steering group 30, follow-up 40, documents 50, history 60.
 */
public interface AgreementTab extends DetailTab<AgreementDetails> {
}
