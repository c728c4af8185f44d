package se.samverka.agreements.demo;

import jakarta.inject.Singleton;
import se.samverka.agreements.AgreementsModule;
import se.samverka.platform.api.demo.DemoData;
import se.samverka.platform.api.tenant.CurrentTenant;

import java.util.Set;

/**
 * The embedded default's demo data: the real agreements of the source documents, in the tenants they
 * belong to. The platform runs it at every start while demo users are on (never in production); it adds
 * only what is missing.
 */
@Singleton
class AgreementsDemoData implements DemoData {

    private final DemoSeeder seeder;
    private final CurrentTenant tenant;

    AgreementsDemoData(DemoSeeder seeder, CurrentTenant tenant) {
        this.seeder = seeder;
        this.tenant = tenant;
    }

    @Override
    public String moduleId() {
        return AgreementsModule.ID;
    }

    @Override
    public Set<String> tenants() {
        return DemoCatalogue.byTenant().keySet();
    }

    @Override
    public void seedCurrentTenant() {
        seeder.seed(DemoCatalogue.byTenant().getOrDefault(tenant.require(), java.util.List.of()));
    }
}
