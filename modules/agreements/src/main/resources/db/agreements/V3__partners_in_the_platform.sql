-- The partner register moved to the platform (its table partner_organisation, platform migration V5):
-- the rows move there with their ids, so that every party keeps pointing at its organisation, and the
-- parties reference the platform's table from now on.
INSERT INTO partner_organisation (id, tenant_id, name, organisation_number, kind, country, directory_alias,
                                  contact_person, email, phone, address, created_at, created_by, updated_at,
                                  updated_by, version)
SELECT id, tenant_id, name, organisation_number, kind, country, directory_alias, contact_person, email, phone,
       address, created_at, created_by, updated_at, updated_by, version
FROM agreements_partner_organisation;

ALTER TABLE agreements_party DROP FOREIGN KEY fk_agreements_party_partner;
ALTER TABLE agreements_party ADD CONSTRAINT fk_agreements_party_partner FOREIGN KEY (tenant_id, partner_id)
    REFERENCES partner_organisation (tenant_id, id);

DROP TABLE agreements_partner_organisation;
