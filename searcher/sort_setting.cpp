/// @file
/// @brief Maps SortOrder to Enquire sort settings over the sort-key value slots.
#include "searcher/sort_setting.hpp"

#include "index/schema.hpp"

namespace unres::searcher {

void set_sort_order(Xapian::Enquire& enquire, SortOrder order) {
    using schema::ValueSlot;
    constexpr bool ascending = false;  // Xapian's "reverse" flag: every key sorts ascending
    switch (order) {
        case SortOrder::Relevance:
            enquire.set_sort_by_relevance_then_value(schema::slot(ValueSlot::SortDate), ascending);
            return;
        case SortOrder::Date:
            enquire.set_sort_by_value_then_relevance(schema::slot(ValueSlot::SortDate), ascending);
            return;
        case SortOrder::Document:
            enquire.set_sort_by_value_then_relevance(schema::slot(ValueSlot::SortDocument), ascending);
            return;
        case SortOrder::Cited:  // most cited resolutions first, their paragraphs in document order
            enquire.set_sort_by_value_then_relevance(schema::slot(ValueSlot::SortCited), ascending);
            return;
    }
}

}  // namespace unres::searcher
