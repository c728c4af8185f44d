/** Languages and translations: Swedish first, English second. */
package se.samverka.platform.api.i18n;
