-- Indexes the benchmark showed missing (modules/agreements/README.md, "Benchmark"; 300 tenants, 100,000
-- agreements). The list's search names every filter column in its WHERE, even the filters not given, so
-- MariaDB/MySQL read whole rows (a full table scan, every tenant's) to count a tenant's agreements.

-- The list's count: every agreement column the search's filters name, behind the tenant, so that the
-- count and the filters are answered from this index alone.
CREATE INDEX ix_agreements_agreement_list ON agreements_agreement
    (tenant_id, updated_at, status, period_start, period_end, registry_number, title);

-- The list filtered by status in its default order (last changed first): read in order, 50 rows, no sort.
CREATE INDEX ix_agreements_agreement_status_changed ON agreements_agreement (tenant_id, status, updated_at);

-- The text filter matches party names: answered from the index, without reading the party rows.
CREATE INDEX ix_agreements_party_name ON agreements_party (tenant_id, agreement_id, name);
