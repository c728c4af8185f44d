/** Demo data for the embedded default, run by the platform. */
package se.samverka.platform.api.demo;
