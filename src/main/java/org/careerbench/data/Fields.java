package org.careerbench.data;

/**
 * One record's fields as its source gives them, in header order: a CSV record, a worksheet's
 * row, a query's row. Text as the source shows it; an absent or blank field is empty text.
 */
interface Fields {
    /** How many fields the record has. */
    int size();

    /** The {@code i}-th field (0-based), never null. */
    String get(int i);

    /** A CSV record's fields. */
    static Fields of(org.apache.commons.csv.CSVRecord record) {
        return new Fields() {
            @Override
            public int size() {
                return record.size();
            }

            @Override
            public String get(int i) {
                return record.get(i);
            }
        };
    }

    /** Fields held in an array (a worksheet's or a query's row); nulls read as empty. */
    static Fields of(String[] values) {
        return new Fields() {
            @Override
            public int size() {
                return values.length;
            }

            @Override
            public String get(int i) {
                String v = values[i];
                return v == null ? "" : v;
            }
        };
    }
}
