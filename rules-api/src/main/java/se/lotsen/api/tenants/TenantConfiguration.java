package se.lotsen.api.tenants;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import se.lotsen.api.db.Tenant;

/**
 * One tenant the server serves: a region (no {@code region}: its rule set is the base) or a municipality of a
 * region (its rule set a layer on the base). {@code ruleSetDirectory} is published at start, as
 * {@code ruleSets.directory} is for a single tenant; without one the tenant serves what its store holds (a
 * municipality without either serves its region's base as it is).
 */
public class TenantConfiguration {
    @NotBlank
    @Pattern(regexp = "[a-z][a-z0-9-]{0,39}", message = "is 1-40 lower-case letters, digits or '-', starting with a letter")
    private String id;

    @Pattern(regexp = "[a-z][a-z0-9-]{0,39}", message = "is the id of a region in this list")
    private String region;

    @NotBlank
    private String nameSv;

    private String nameEn;

    private String ruleSetDirectory;

    public Tenant tenant() {
        return new Tenant(id, region, nameSv, nameEn == null ? nameSv : nameEn);
    }

    @JsonProperty
    public String getId() {
        return id;
    }

    @JsonProperty
    public void setId(String id) {
        this.id = id;
    }

    @JsonProperty
    public String getRegion() {
        return region;
    }

    @JsonProperty
    public void setRegion(String region) {
        this.region = region;
    }

    @JsonProperty
    public String getNameSv() {
        return nameSv;
    }

    @JsonProperty
    public void setNameSv(String nameSv) {
        this.nameSv = nameSv;
    }

    @JsonProperty
    public String getNameEn() {
        return nameEn;
    }

    @JsonProperty
    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    @JsonProperty
    public String getRuleSetDirectory() {
        return ruleSetDirectory;
    }

    @JsonProperty
    public void setRuleSetDirectory(String ruleSetDirectory) {
        this.ruleSetDirectory = ruleSetDirectory;
    }
}
