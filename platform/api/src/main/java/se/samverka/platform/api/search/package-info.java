/**
 * Search across the tenant from the portal's header: each module's {@link se.samverka.platform.api.search.SearchSource}
 * finds its own records with its own rules of who sees what; the platform asks the enabled modules' sources and
 * shows the hits grouped by kind.
 */
package se.samverka.platform.api.search;
