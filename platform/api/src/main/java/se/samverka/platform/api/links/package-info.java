/** Links between modules' records without compile dependencies: references, sources, the directory, events. */
package se.samverka.platform.api.links;
