/** The tenant's register of partner organisations, shared by every module. */
package se.samverka.platform.api.partners;
