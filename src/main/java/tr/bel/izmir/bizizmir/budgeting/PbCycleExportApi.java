package tr.bel.izmir.bizizmir.budgeting;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * A cycle in the pabulib format for the budget office: {@code GET /api/v1/pb/cycles/{id}/export.pb}
 * (UTF-8, {@code ;}-separated META / PROJECTS / VOTES). Ballots carry sequential numbers only.
 */
@RestController
@RequestMapping("/api/v1/pb/cycles")
@PreAuthorize("hasRole('admin') or hasAuthority('GROUP_dept-budget')")
class PbCycleExportApi {

    static final MediaType PB = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final BudgetAllocations allocations;

    PbCycleExportApi(BudgetAllocations allocations) {
        this.allocations = allocations;
    }

    @GetMapping(path = "/{id}/export.pb")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        byte[] body = allocations.exportPb(id).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(PB)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bizizmir-cycle-" + id + ".pb\"")
                .body(body);
    }
}
