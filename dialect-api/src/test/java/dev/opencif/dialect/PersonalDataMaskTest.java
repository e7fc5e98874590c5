package dev.opencif.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @Test
    void masks_national_ids_and_phone_numbers_keeping_the_last_two_digits() {
        assertThat(PersonalDataMask.mask("legalId=63021011790 phone +84 912 345 678"))
                .isEqualTo("legalId=***90 phone ***78")
                .doesNotContain("630210", "912");
    }

    @Test
    void masks_email_addresses() {
        assertThat(PersonalDataMask.mask("/persons?email=ayse.yilmaz@example.com&x=1")).isEqualTo("/persons?email=***@***&x=1");
    }

    @Test
    void masks_jwts_bearer_tokens_and_secrets_in_key_value_pairs() {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        assertThat(PersonalDataMask.mask("Authorization: Bearer abc.def")).isEqualTo("Authorization: Bearer ***");
        assertThat(PersonalDataMask.mask("t=" + jwt)).isEqualTo("t=***");
        assertThat(PersonalDataMask.mask("?token=s3cr3t&AppKey=k3y&page=2")).isEqualTo("?token=***&AppKey=***&page=2");
    }

    @Test
    void keeps_uuids_short_numbers_and_plain_paths() {
        String path = "/api/v1/counterparty/0de30000-0000-4000-8000-000000000001/customers?limit=50&offset=100";
        assertThat(PersonalDataMask.mask(path)).isEqualTo(path);
        assertThat(PersonalDataMask.mask("/accountService/v1/get-customer-by-id")).isEqualTo("/accountService/v1/get-customer-by-id");
    }

    @Test
    void keeps_null_and_empty_text() {
        assertThat(PersonalDataMask.mask(null)).isNull();
        assertThat(PersonalDataMask.mask("")).isEmpty();
    }

    @Test
    void masks_percent_encoded_personal_data_and_credential_like_segments_of_a_path_and_cuts_it() {
        assertThat(PersonalDataMask.maskPath("/blink/v1/persons/mert.kurgu%40example.invalid/contactdetails"))
                .isEqualTo("/blink/v1/persons/***@***/contactdetails");
        assertThat(PersonalDataMask.maskPath("/accountService/v1/%31%30%30%30%30%30%30%30%33%38%32")).isEqualTo("/accountService/v1/***82");
        assertThat(PersonalDataMask.maskPath("/blink/v1/customers/fintech1.blink-secret-e2e/addresses"))
                .isEqualTo("/blink/v1/customers/***/addresses");
        assertThat(PersonalDataMask.maskPath("/blink/v1/customers/6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b"))
                .as("ids stay").isEqualTo("/blink/v1/customers/6f1c2a9e-3b4d-4e5f-8a7b-9c0d1e2f3a4b");
        assertThat(PersonalDataMask.maskPath("/" + "a".repeat(100_000))).hasSize(PersonalDataMask.MAX_PATH + 1).endsWith("…");
        assertThat(PersonalDataMask.maskPath("/x%zz%4")).isEqualTo("/x%zz%4");
    }
}
