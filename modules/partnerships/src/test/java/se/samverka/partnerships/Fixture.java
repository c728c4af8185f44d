package se.samverka.partnerships;

import se.samverka.partnerships.partnership.Partnership;
import se.samverka.partnerships.partnership.Partnerships;
import se.samverka.partnerships.phase.Phase;
import se.samverka.partnerships.phase.Phases;

import static se.samverka.partnerships.TestPortal.ALMHULT;
import static se.samverka.platform.core.testing.TestUsers.as;
import static se.samverka.platform.core.testing.TestUsers.officer;

/** A partnership of Älmhult's with a South African local government and its granted inception phase of spring 2020. */
public record Fixture(Partnership partnership, Phase inception) {

    public static Fixture inAlmhult() {
        return as(officer(ALMHULT), ALMHULT, () -> {
            long foreign = TestPortal.foreign(TestPortal.unique("JB Marks")).id();
            Partnership p = TestPortal.bean(Partnerships.class).create(TestPortal.partnership(TestPortal.unique("Partnerskap"), foreign));
            return new Fixture(p, TestPortal.bean(Phases.class).add(p.id(), TestPortal.inception()));
        });
    }
}
