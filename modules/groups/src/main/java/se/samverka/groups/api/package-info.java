/** The module's REST API under /api/v1/tenants/{tenant}/groups: the services' rules, problem+json refusals. */
package se.samverka.groups.api;
