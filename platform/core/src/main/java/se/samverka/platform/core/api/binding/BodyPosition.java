package se.samverka.platform.core.api.binding;

/** Where in the body a read is: the JSON pointer of the value last started (empty for the body itself). */
final class BodyPosition {

    private String pointer = "";

    void at(String newPointer) {
        pointer = newPointer;
    }

    String pointer() {
        return pointer;
    }
}
