/** What every module's REST API shares: the page envelope and the sort parameter. */
package se.samverka.platform.api.http;
