package org.careerbench.data;

import static org.careerbench.data.Column.optional;
import static org.careerbench.data.Column.required;
import static org.careerbench.data.ColumnType.BOOLEAN;
import static org.careerbench.data.ColumnType.DECIMAL;
import static org.careerbench.data.ColumnType.INTEGER;
import static org.careerbench.data.ColumnType.TEXT;

import java.util.List;

/** The schemas of the datasets CareerBench reads from an input folder. */
public final class StandardSchemas {
    private StandardSchemas() {
    }

    /** Meaning of the optional role_family column of the reference datasets. */
    static final String SCOPE = "role family the row is about; blank = every role family";

    /** Individual salary observations, one row per person-year. */
    public static final DatasetSchema SALARIES = new DatasetSchema("salaries", "salaries.csv", List.of(
            required("role_family", TEXT, "group of related job titles the report is about"),
            required("job_title", TEXT, "job title as reported"),
            required("level", TEXT, "career level, e.g. Entry, Mid, Senior, Executive"),
            required("country", TEXT, "ISO 3166 country code of the employee's residence"),
            optional("region", TEXT, "region the country belongs to, e.g. North America"),
            required("company_size", TEXT, "Small, Medium or Large").allowing("Small", "Medium", "Large"),
            optional("employment_type", TEXT, "Full-time, Part-time, Contract or Freelance")
                    .allowing("Full-time", "Part-time", "Contract", "Freelance"),
            optional("remote_ratio", INTEGER, "share of remote work in percent: 0, 50 or 100").in("percent"),
            required("base_salary", DECIMAL, "annual base salary in the currency of column currency")
                    .in("per year").withMarkers(),
            required("currency", TEXT, "ISO 4217 code of base_salary"),
            optional("local_salary", DECIMAL, "the salary as originally reported").in("per year"),
            optional("local_currency", TEXT, "ISO 4217 code of local_salary"),
            required("year", INTEGER, "year the salary was paid"),
            optional("organisation", TEXT, "employer id; enables the organisation suppression rules"),
            optional("bonus", DECIMAL, "annual short-term incentive (target or actual), same currency").in("per year"),
            optional("equity_grant", DECIMAL, "value of the equity grant, same currency"),
            optional("equity_vesting_years", DECIMAL, "years the grant vests over; annual equity = grant / years")
                    .in("years")));

    /** Published base salary ranges by level. */
    public static final DatasetSchema SALARY_RANGES = new DatasetSchema("salary-ranges", "salary-ranges.csv", List.of(
            required("track", TEXT, "Individual contributor or Management")
                    .allowing("Individual contributor", "Management"),
            required("level", TEXT, "level name within the track"),
            required("title", TEXT, "job title the range is published for"),
            required("min", DECIMAL, "range minimum, annual base").in("per year"),
            required("max", DECIMAL, "range maximum, annual base").in("per year"),
            optional("max_open_ended", BOOLEAN, "true when the source gives the maximum as 'and more'"),
            required("currency", TEXT, "ISO 4217 code of min and max"),
            required("market", TEXT, "market the range applies to, e.g. US"),
            required("year", INTEGER, "year the range was published for"),
            optional("observed_level", TEXT, "the level in salaries.csv this range is compared with"),
            required("source", TEXT, "where the range comes from"),
            optional("role_family", TEXT, SCOPE)));

    /** Regional pay differentials, as a low-high percent band against a reference. */
    public static final DatasetSchema REGIONAL_DIFFERENTIALS = new DatasetSchema("regional-differentials",
            "regional-differentials.csv", List.of(
            required("area", TEXT, "region or city"),
            optional("low_pct", DECIMAL, "low end of the differential in percent (negative = below)").in("percent"),
            optional("high_pct", DECIMAL, "high end of the differential in percent").in("percent"),
            required("reference", TEXT, "what the differential is measured against"),
            optional("description", TEXT, "qualitative statement when no figure is given"),
            required("source", TEXT, "where the figure comes from")));

    /** Market indicators by year: sizes, growth rates, adoption shares. */
    public static final DatasetSchema MARKET = new DatasetSchema("market", "market.csv", List.of(
            required("indicator", TEXT, "what is measured"),
            required("year", INTEGER, "year the value refers to"),
            required("value", DECIMAL, "the value, in unit"),
            required("unit", TEXT, "e.g. 'USD million' or 'percent'"),
            required("basis", TEXT, "'stated' by the source, or how it was derived"),
            required("source", TEXT, "where the value comes from"),
            optional("role_family", TEXT, SCOPE)));

    /** Skills in demand, ranked. */
    public static final DatasetSchema SKILLS = new DatasetSchema("skills", "skills.csv", List.of(
            required("rank", INTEGER, "1 = most in demand"),
            optional("period", TEXT, "period of the ranking, e.g. 2024; several periods give a change column"),
            required("skill", TEXT, "skill area"),
            optional("examples", TEXT, "example tools or technologies"),
            required("demand_index", DECIMAL, "relative demand, 100 = top skill"),
            required("index_basis", TEXT, "how demand_index was obtained, e.g. 'illustrative (from rank only)'"),
            required("source", TEXT, "where the ranking comes from"),
            optional("role_family", TEXT, SCOPE)));

    /** Provenance of every other dataset: source, date and licence. */
    public static final DatasetSchema SOURCES = new DatasetSchema("sources", "sources.csv", List.of(
            required("dataset", TEXT, "dataset name, e.g. salaries"),
            required("file", TEXT, "file name in the input folder"),
            required("source", TEXT, "publisher and document"),
            required("as_of", TEXT, "date or year of the source"),
            required("licence", TEXT, "licence or terms of use"),
            optional("role_family", TEXT, SCOPE)));

    /**
     * Published survey percentiles (a vendor survey or a statistics office). Percentile and mean
     * columns accept the publishers' markers: {@code *} not available, {@code #} or
     * {@code >=208,000} top-coded.
     */
    public static final DatasetSchema SURVEY_PERCENTILES = new DatasetSchema("survey-percentiles",
            "survey-percentiles.csv", List.of(
            required("source", TEXT, "publisher and survey, e.g. BLS OEWS"),
            required("as_of", TEXT, "reference date of the survey, e.g. May 2019"),
            optional("occupation_code", TEXT, "occupation or job code, e.g. 15-1244"),
            required("occupation", TEXT, "occupation or job title as published"),
            optional("level", TEXT, "career level, when the survey has levels"),
            optional("area", TEXT, "geographic area, e.g. United States"),
            optional("employment", INTEGER, "employment estimate behind the figures"),
            required("currency", TEXT, "ISO 4217 code of the wage figures"),
            optional("mean", DECIMAL, "annual mean wage").in("per year").withMarkers(),
            optional("p10", DECIMAL, "annual 10th percentile wage").in("per year").withMarkers(),
            optional("p25", DECIMAL, "annual 25th percentile wage").in("per year").withMarkers(),
            optional("p50", DECIMAL, "annual median wage").in("per year").withMarkers(),
            optional("p75", DECIMAL, "annual 75th percentile wage").in("per year").withMarkers(),
            optional("p90", DECIMAL, "annual 90th percentile wage").in("per year").withMarkers(),
            optional("role_family", TEXT, SCOPE)));

    /** Exchange rates for converting salaries to the reporting currency. */
    public static final DatasetSchema RATES = new DatasetSchema("rates", "rates.csv", List.of(
            required("currency", TEXT, "ISO 4217 code"),
            required("units_per_usd", DECIMAL, "units of the currency one US dollar buys"),
            required("as_of", TEXT, "date of the rate")));

    /** An internal roster for positioning employees against ranges and market (workbook only). */
    public static final DatasetSchema ROSTER = new DatasetSchema("roster", "roster.csv", List.of(
            required("employee_id", TEXT, "the employee's id; never printed in the PDF report"),
            required("level", TEXT, "level as named in salary-ranges.csv"),
            optional("track", TEXT, "track as named in salary-ranges.csv, when levels repeat across tracks"),
            optional("region", TEXT, "region or location, for grouping"),
            required("base_salary", DECIMAL, "annual base salary").in("per year"),
            required("currency", TEXT, "ISO 4217 code of base_salary"),
            optional("sex", TEXT, "as the employer records it: female or male (f, m, w, woman, man, weiblich, "
                    + "männlich) enter the pay gap; any other value is counted, not compared, and the run warns of "
                    + "one that is not a word for neither (x, d, diverse, non-binary, other, unspecified); for the pay "
                    + "transparency report"),
            optional("category", TEXT, "category of worker: work of equal value in the employer's job architecture"),
            optional("variable_pay", DECIMAL, "complementary or variable pay of the period (bonus, commission); "
                    + "blank or 0 when none").in("per year"),
            optional("weekly_hours", DECIMAL, "contractual hours a week, for hourly pay").in("hours"),
            optional("fte", DECIMAL, "full-time equivalent (1 = full time), for hourly pay when weekly_hours is "
                    + "blank"),
            optional("period", TEXT, "the reference period the pay is for, e.g. 2026")));

    /** Every dataset an input folder must hold, in the order they are loaded. */
    public static final List<DatasetSchema> ALL = List.of(
            SALARIES, SALARY_RANGES, REGIONAL_DIFFERENTIALS, MARKET, SKILLS, SOURCES);

    /** Datasets an input folder may hold. */
    public static final List<DatasetSchema> OPTIONAL = List.of(SURVEY_PERCENTILES, RATES, ROSTER);

    /** The schema of the dataset called {@code name}, required or optional. */
    public static java.util.Optional<DatasetSchema> byName(String name) {
        return java.util.stream.Stream.concat(ALL.stream(), OPTIONAL.stream())
                .filter(s -> s.name().equals(name)).findFirst();
    }
}
