package se.samverka.testmodules.beta;

import jakarta.inject.Singleton;
import se.samverka.platform.api.links.Contribution;
import se.samverka.platform.api.links.RecordContributions;
import se.samverka.platform.api.links.RecordReference;

import java.util.List;

/** Beta reports a count into every alpha note, as groups reports its figures into an agreement. */
@Singleton
public class BetaContributions implements RecordContributions {

    @Override
    public String moduleId() {
        return "beta";
    }

    @Override
    public List<Contribution> to(RecordReference target) {
        if (!target.module().equals("alpha")) {
            return List.of();
        }
        return List.of(new Contribution(new RecordReference("beta", "count", "1"), "Beta", "VT 2025",
                List.of(new Contribution.Line("beta.field.note", "7")), "beta", null));
    }
}
