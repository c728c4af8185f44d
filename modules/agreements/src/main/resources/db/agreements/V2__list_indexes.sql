-- Indexes the benchmark showed missing (modules/agreements/README.md, "Benchmark"; 300 tenants, 100,000
-- agreements). The list's search names every filter column in its WHERE, even the filters not given, so
-- MariaDB/MySQL read whole rows (a full table scan, every tenant's) to count a tenant's agreements.

-- The list: every agreement column the search's filters name, behind the tenant and the list's default
-- order (last changed first). The count and the filters are answered from this index alone; the page
-- walks it in order and reads only the rows it shows. It replaces (tenant_id, updated_at).
CREATE INDEX ix_agreements_agreement_list ON agreements_agreement
    (tenant_id, updated_at, status, period_start, period_end, registry_number, title);
DROP INDEX ix_agreements_agreement_changed ON agreements_agreement;

-- The text filter matches party names: answered from the index, without reading the party rows.
CREATE INDEX ix_agreements_party_name ON agreements_party (tenant_id, agreement_id, name);
