/** Domain helpers for every module: text rules, search patterns, optimistic locking. */
package se.samverka.platform.api.data;
