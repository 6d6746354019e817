package io.peeringconsole.privacy.sharing;

import io.peeringconsole.privacy.PresenceDocument;
import io.peeringconsole.privacy.SharingMode;
import io.peeringconsole.privacy.rules.Identities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One document per distinct view, each with its watchers, ordered by their first watcher. Watchers who are sent
 * nothing are in no list, so a blocked watcher is listed exactly as one without any rule: nowhere.
 */
public record ViewSharingExport(List<SharedView> views) implements PeerExport {

    public ViewSharingExport {
        views = List.copyOf(views);
    }

    static ViewSharingExport of(List<WatcherView> watcherViews) {
        Map<PresenceDocument, List<String>> watchersByDocument = new LinkedHashMap<>();
        for (WatcherView view : watcherViews) {
            view.document().ifPresent(doc ->
                    watchersByDocument.computeIfAbsent(doc, d -> new ArrayList<>()).add(view.watcher()));
        }
        return new ViewSharingExport(watchersByDocument.entrySet().stream()
                .map(entry -> new SharedView(entry.getKey(), entry.getValue()))
                .toList());
    }

    public Optional<PresenceDocument> documentFor(String watcher) {
        String id = Identities.normalize(watcher);
        return views.stream().filter(view -> view.watchers().contains(id)).map(SharedView::document).findFirst();
    }

    @Override
    public SharingMode mode() {
        return SharingMode.VIEW_SHARING;
    }

    @Override
    public List<PresenceDocument> documents() {
        return views.stream().map(SharedView::document).toList();
    }
}
