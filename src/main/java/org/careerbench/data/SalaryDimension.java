package org.careerbench.data;

import java.util.Arrays;
import java.util.Optional;

/** A column of the salaries dataset that observations can be grouped or filtered by. */
public enum SalaryDimension {
    ROLE_FAMILY("role_family"),
    JOB_TITLE("job_title"),
    LEVEL("level"),
    COUNTRY("country"),
    REGION("region"),
    COMPANY_SIZE("company_size"),
    EMPLOYMENT_TYPE("employment_type"),
    CURRENCY("currency"),
    YEAR("year");

    private final String column;

    SalaryDimension(String column) {
        this.column = column;
    }

    /** The CSV column name, as templates write it. */
    public String column() {
        return column;
    }

    /** This dimension's value for one observation, as text. */
    public String valueOf(SalaryObservation o) {
        // A switch the JIT compiles to a jump, where one function per constant made every call megamorphic:
        // filters and groupings call this once per observation per block (the profile's top frame at 1M rows).
        return switch (this) {
            case ROLE_FAMILY -> o.roleFamily();
            case JOB_TITLE -> o.jobTitle();
            case LEVEL -> o.level();
            case COUNTRY -> o.country();
            case REGION -> o.region();
            case COMPANY_SIZE -> o.companySize();
            case EMPLOYMENT_TYPE -> o.employmentType();
            case CURRENCY -> o.currency();
            case YEAR -> Integer.toString(o.year());
        };
    }

    /** The dimension whose column is {@code column}, if any. */
    public static Optional<SalaryDimension> byColumn(String column) {
        return Arrays.stream(values()).filter(d -> d.column.equals(column)).findFirst();
    }
}
