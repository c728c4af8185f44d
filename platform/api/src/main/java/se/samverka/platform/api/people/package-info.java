/** Who the people of a tenant are: a small read-only view of the user directory for modules. */
package se.samverka.platform.api.people;
