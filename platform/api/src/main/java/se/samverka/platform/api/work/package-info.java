/** What each user has to do: the modules' overdue and due-soon items, gathered in the platform's "My work". */
package se.samverka.platform.api.work;
