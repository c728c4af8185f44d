/**
 * The platform api: the only Samverka package a plugin module may compile against.
 * Everything here is stable contract; the implementations live in the platform core.
 */
package se.samverka.platform.api;
