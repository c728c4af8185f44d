/** Vaadin pieces every module's views share. */
package se.samverka.platform.api.ui;
