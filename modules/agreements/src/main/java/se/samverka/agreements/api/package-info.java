/**
 * The module's REST API under {@code /api/v1/tenants/{tenant}/agreements}: thin Micronaut
 * controllers over the module's services (which enforce roles, partner sight, locking and
 * validation), JSON records of their own, and one handler that turns the services' refusals into
 * translated problem+json. The platform's tenant filter has already answered 404 for a tenant
 * the caller is not a member of, or where the module is disabled.
 */
package se.samverka.agreements.api;
