/**
 * The portal's one error vocabulary: refusals a module or the platform throws and the platform
 * renders (problem+json for the API, notifications and field messages in views).
 */
package se.samverka.platform.api.refusal;
