package vn.cnnt.funding.beneficiary.api;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cnnt.funding.beneficiary.Beneficiary;

@Schema(name = "Beneficiary")
public record BeneficiaryResponse(
        UUID id,
        long version,
        Beneficiary.Kind kind,
        String name,
        String taxCode,
        String provinceCode,
        String currentProvinceCode,
        String communeCode,
        String address) {}
