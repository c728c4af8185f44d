package se.samverka.agreements.ui.list;

import se.samverka.agreements.agreement.Agreement;

import java.util.List;

/** One line of the list: the agreement and its partner parties' names. */
record AgreementRow(Agreement agreement, List<String> partners) {

    long id() {
        return agreement.id();
    }
}
