-- The audit log's filters offer the actions and people the tenant's log holds and filter by them:
-- both read from an index rather than the whole log.
CREATE INDEX ix_audit_tenant_action ON audit_entry (tenant_id, action);
CREATE INDEX ix_audit_tenant_actor ON audit_entry (tenant_id, actor);
