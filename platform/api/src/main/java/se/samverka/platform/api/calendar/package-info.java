/** Deadlines that modules contribute to each user's personal iCal feed. */
package se.samverka.platform.api.calendar;
