package org.careerbench.data;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** A column of the salaries dataset that observations can be grouped or filtered by. */
public enum SalaryDimension {
    ROLE_FAMILY("role_family", SalaryObservation::roleFamily),
    JOB_TITLE("job_title", SalaryObservation::jobTitle),
    LEVEL("level", SalaryObservation::level),
    COUNTRY("country", SalaryObservation::country),
    REGION("region", SalaryObservation::region),
    COMPANY_SIZE("company_size", SalaryObservation::companySize),
    EMPLOYMENT_TYPE("employment_type", SalaryObservation::employmentType),
    CURRENCY("currency", SalaryObservation::currency),
    YEAR("year", o -> Integer.toString(o.year()));

    private final String column;
    private final Function<SalaryObservation, String> accessor;

    SalaryDimension(String column, Function<SalaryObservation, String> accessor) {
        this.column = column;
        this.accessor = accessor;
    }

    /** The CSV column name, as templates write it. */
    public String column() {
        return column;
    }

    /** This dimension's value for one observation, as text. */
    public String valueOf(SalaryObservation o) {
        return accessor.apply(o);
    }

    /** The dimension whose column is {@code column}, if any. */
    public static Optional<SalaryDimension> byColumn(String column) {
        return Arrays.stream(values()).filter(d -> d.column.equals(column)).findFirst();
    }
}
