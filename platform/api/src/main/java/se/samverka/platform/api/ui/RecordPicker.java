package se.samverka.platform.api.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import se.samverka.platform.api.links.LinkedRecord;
import se.samverka.platform.api.links.RecordDirectory;
import se.samverka.platform.api.links.RecordReference;

import java.util.Optional;

/**
 * A field that picks another module's record of one type by typing part of its title, from the records
 * the user may see (the owning module's {@link se.samverka.platform.api.links.RecordSource}); disabled
 * with a helper text when that module is not enabled for the tenant.
 */
public class RecordPicker extends ComboBox<LinkedRecord> {

    static final int SUGGESTIONS = 20;

    private final RecordDirectory directory;

    public RecordPicker(RecordDirectory directory, String module, String type) {
        this.directory = directory;
        setItemLabelGenerator(record -> record.detail() == null ? record.title() : record.title() + " – " + record.detail());
        setClearButtonVisible(true);
        if (!directory.isAvailable(module, type)) {
            setEnabled(false);
            setHelperText(getTranslation(RecordLink.NOT_AVAILABLE));
            return;
        }
        // suggestions, not a list to page through: the first few matches, typing narrows them
        setItems(query -> directory.search(module, type, query.getFilter().orElse(""),
                        Math.min(SUGGESTIONS, query.getOffset() + query.getLimit()))
                .stream().skip(query.getOffset()).limit(query.getLimit()));
    }

    /** Shows the record a reference names (an edit form's saved link), or nothing when it no longer resolves. */
    public void show(RecordReference reference) {
        setValue(reference == null ? null : directory.resolve(reference).orElse(null));
    }

    /** The reference of the chosen record. */
    public Optional<RecordReference> reference() {
        return Optional.ofNullable(getValue()).map(LinkedRecord::reference);
    }
}
