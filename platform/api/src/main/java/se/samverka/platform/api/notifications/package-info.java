/** Telling people: in-app notifications and e-mail through a transactional outbox. */
package se.samverka.platform.api.notifications;
