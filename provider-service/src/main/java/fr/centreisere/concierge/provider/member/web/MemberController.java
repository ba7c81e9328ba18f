package fr.centreisere.concierge.provider.member.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.centreisere.concierge.platform.ids.IdPatterns;
import fr.centreisere.concierge.platform.page.Page;
import fr.centreisere.concierge.provider.member.Capability;
import fr.centreisere.concierge.platform.security.CurrentUser;
import fr.centreisere.concierge.provider.member.Caller;
import fr.centreisere.concierge.provider.member.Member;
import fr.centreisere.concierge.provider.member.MemberNotFound;
import fr.centreisere.concierge.provider.member.Members;
import fr.centreisere.concierge.provider.member.RegisterMember;
import fr.centreisere.concierge.provider.member.ReplaceCapabilities;
import fr.centreisere.concierge.provider.member.StructureType;
import fr.centreisere.concierge.provider.member.UpdateMember;
import fr.centreisere.concierge.platform.text.PrintableText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public directory of member structures; their management by coordinators; capabilities. */
@RestController
@RequestMapping("/api/members")
class MemberController {

    private final Members members;
    private final RegisterMember registerMember;
    private final UpdateMember updateMember;
    private final ReplaceCapabilities replaceCapabilities;

    MemberController(Members members, RegisterMember registerMember, UpdateMember updateMember,
            ReplaceCapabilities replaceCapabilities) {
        this.members = members;
        this.registerMember = registerMember;
        this.updateMember = updateMember;
        this.replaceCapabilities = replaceCapabilities;
    }

    /** The public face of a member: no SIRET or contact e-mail. */
    record MemberView(String id, String name, StructureType structureType, String description, String baseCommune,
            Set<String> communes, Set<String> categories, boolean active) {
        static MemberView of(Member m) {
            return new MemberView(m.id(), m.name(), m.structureType(), m.description(), m.baseCommune(), m.communes(),
                    m.categories(), m.active());
        }
    }

    /** What coordinators see and edit. */
    record MemberDetail(String id, String name, String siret, StructureType structureType, String description,
            String contactEmail, String baseCommune, boolean active, java.time.Instant activeSince,
            Map<String, Integer> categoryWeights, List<CapabilityBody> capabilities, long version,
            fr.centreisere.concierge.provider.member.@org.jspecify.annotations.Nullable LegalAddress legalAddress) {
        static MemberDetail of(Member m) {
            return new MemberDetail(m.id(), m.name(), m.siret(), m.structureType(), m.description(), m.contactEmail(),
                    m.baseCommune(), m.active(), m.activeSince(), m.categoryWeights(),
                    m.capabilities().stream().map(CapabilityBody::of).toList(), m.version(), m.legalAddress());
        }
    }

    /** {@code suspended=true}: coordinators see the suspended members too (to reactivate them); ignored for anyone else. */
    @GetMapping
    Page<MemberView> directory(java.util.Optional<CurrentUser> user, @RequestParam(required = false) String commune,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "false") boolean suspended,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        boolean withSuspended = suspended && user.map(CurrentUser::isCoordinator).orElse(false);
        List<MemberView> all = members.all().stream()
                .filter(m -> withSuspended || m.active())
                .filter(m -> commune == null || m.communes().contains(commune))
                .filter(m -> category == null || m.categories().contains(category))
                .map(MemberView::of).toList();
        int from = Math.min(all.size(), page * size);
        return new Page<>(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }

    /**
     * One member structure as the public directory shows it: name, type, description, communes and
     * categories.
     */
    @GetMapping("/{id}")
    MemberView one(@PathVariable String id) {
        return members.byId(id).filter(Member::active).map(MemberView::of).orElseThrow(() -> new MemberNotFound(id));
    }

    /** A member's full details (contact, weights, legal address, suspension), for its staff and coordinators. */
    @GetMapping("/{id}/details")
    MemberDetail details(CurrentUser user, @PathVariable String id) {
        if (!caller(user).mayManage(id)) {
            throw new MemberNotFound(id);
        }
        return MemberDetail.of(members.get(id));
    }

    record MemberBody(
            @Pattern(regexp = "mbr-[a-z0-9]+(-[a-z0-9]+)*", message = "{id.member}") String id,
            @NotBlank @PrintableText(max = 200) String name,
            @Pattern(regexp = "\\d{14}", message = "{validation.siret-digits}") String siret,
            @NotNull StructureType structureType,
            @PrintableText(max = 2000, multiline = true) String description,
            @Email @Size(max = 200) String contactEmail,
            @Pattern(regexp = "\\d[0-9AB]\\d{3}") String baseCommune,
            Boolean active,
            Map<String, @Min(1) @Max(1000) Integer> categoryWeights,
            @Valid LegalAddressBody legalAddress) {

        Member.Profile profile() {
            return new Member.Profile(name.strip(), siret, structureType, description, contactEmail, baseCommune,
                    legalAddress == null ? null : legalAddress.toAddress());
        }
    }

    /** Optional: where the member is registered, and its VAT number, for the pole's invoices (issue 16). */
    record LegalAddressBody(
            @NotBlank @PrintableText(max = 200) String line1,
            @PrintableText(max = 200) String line2,
            @NotBlank @Pattern(regexp = "\\d{5}", message = "{validation.postal-code}") String postalCode,
            @NotBlank @PrintableText(max = 100) String city,
            @Pattern(regexp = "FR[0-9A-Z]{2}\\d{9}", message = "{validation.vat-number}") String vatNumber) {

        fr.centreisere.concierge.provider.member.LegalAddress toAddress() {
            return new fr.centreisere.concierge.provider.member.LegalAddress(line1, line2 == null || line2.isBlank() ? null : line2.strip(),
                    postalCode, city, vatNumber == null || vatNumber.isBlank() ? null : vatNumber);
        }
    }

    /** A coordinator registers a member structure (201 with its Location). */
    @PostMapping
    ResponseEntity<MemberDetail> register(CurrentUser user, @Valid @RequestBody MemberBody body) {
        String id = body.id() != null ? body.id() : slugId(body.name());
        Member member = registerMember.register(caller(user), id, body.profile(), body.active() == null || body.active(),
                body.categoryWeights());
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(java.net.URI.create("/api/members/" + member.id()))
                .body(MemberDetail.of(member));
    }

    /**
     * A coordinator replaces a member's details; active: false suspends it (no new offers); a concurrent
     * change is a 409.
     */
    @PutMapping("/{id}")
    MemberDetail update(CurrentUser user, @PathVariable String id, @Valid @RequestBody MemberBody body) {
        return MemberDetail.of(updateMember.update(caller(user), id, body.profile(), body.active() == null || body.active(),
                body.categoryWeights()));
    }

    static final String SERVICE_ID = IdPatterns.SERVICE;

    record CapabilityBody(@NotNull @Size(max = 100) @Pattern(regexp = IdPatterns.SERVICE, message = IdPatterns.SERVICE_MESSAGE) String serviceId,
            @NotEmpty @Size(max = 100) List<@NotNull @Pattern(regexp = "\\d[0-9AB]\\d{3}") String> communes,
            @NotNull @Min(1) @Max(100) Integer dailyCapacity) {
        static CapabilityBody of(Capability c) {
            return new CapabilityBody(c.serviceId(), List.copyOf(c.communes()), c.dailyCapacity());
        }
    }

    /**
     * What the member offers: each service with the communes it covers and its daily capacity; anyone may
     * read it.
     */
    @GetMapping("/{id}/capabilities")
    List<CapabilityBody> capabilities(@PathVariable String id) {
        return members.byId(id).filter(Member::active).orElseThrow(() -> new MemberNotFound(id))
                .capabilities().stream().map(CapabilityBody::of).toList();
    }

    /**
     * The member's staff or a coordinator replaces all its capabilities at once (services known to the
     * catalog, communes of the territory).
     */
    @PutMapping("/{id}/capabilities")
    List<CapabilityBody> replaceCapabilities(CurrentUser user, @PathVariable String id,
            @RequestBody @NotNull @Size(max = 200) List<@Valid @NotNull CapabilityBody> body) {
        Member member = replaceCapabilities.replace(caller(user), id, body.stream()
                .map(c -> new Capability(c.serviceId(), new java.util.TreeSet<>(c.communes()), c.dailyCapacity()))
                .toList());
        return member.capabilities().stream().map(CapabilityBody::of).toList();
    }

    /** One capability (issue 12): the member's others stay as they are. */
    record OneCapabilityBody(@NotEmpty @Size(max = 100) List<@NotNull @Pattern(regexp = "\\d[0-9AB]\\d{3}") String> communes,
            @NotNull @Min(1) @Max(100) Integer dailyCapacity) {
    }

    /** The member's staff or a coordinator sets one service's communes and daily capacity. */
    @PutMapping("/{id}/capabilities/{serviceId}")
    List<CapabilityBody> putCapability(CurrentUser user, @PathVariable String id,
            @PathVariable @Pattern(regexp = SERVICE_ID, message = "{id.service}") @Size(max = 100) String serviceId,
            @Valid @RequestBody OneCapabilityBody body) {
        Member member = replaceCapabilities.put(caller(user), id,
                new Capability(serviceId, new java.util.TreeSet<>(body.communes()), body.dailyCapacity()));
        return member.capabilities().stream().map(CapabilityBody::of).toList();
    }

    /** The member's staff or a coordinator stops offering one service. */
    @DeleteMapping("/{id}/capabilities/{serviceId}")
    List<CapabilityBody> removeCapability(CurrentUser user, @PathVariable String id,
            @PathVariable @Pattern(regexp = SERVICE_ID, message = "{id.service}") @Size(max = 100) String serviceId) {
        return replaceCapabilities.remove(caller(user), id, serviceId).capabilities().stream().map(CapabilityBody::of).toList();
    }

    static String slugId(String name) {
        String ascii = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "mbr-" + (ascii.isEmpty() ? "membre" : ascii);
    }

    /** The caller as the use cases see it: a coordinator, or the staff of one member. */
    private static Caller caller(CurrentUser user) {
        return new Caller(user.userId(), user.isMemberStaff() ? user.memberId() : null, user.isCoordinator());
    }
}
