package io.peeringconsole.web.ui.trust;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;

/** How loudly a badge speaks: one colour per meaning, the same on every trust page. */
enum Tone {
    SUCCESS(BadgeVariant.SUCCESS),
    ERROR(BadgeVariant.ERROR),
    WARNING(BadgeVariant.WARNING),
    NEUTRAL(BadgeVariant.CONTRAST);

    private final BadgeVariant variant;

    Tone(BadgeVariant variant) {
        this.variant = variant;
    }

    Badge badge(String text) {
        Badge badge = new Badge(text);
        badge.addThemeVariants(variant);
        badge.addClassName("trust-badge");
        return badge;
    }
}
