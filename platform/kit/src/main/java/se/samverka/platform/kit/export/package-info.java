/** Table exports every module offers its lists as: CSV for Swedish Excel and xlsx, streamed. */
package se.samverka.platform.kit.export;
