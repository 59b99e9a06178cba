#pragma once

// What MunicipalityFile::load reads beside the records (issue #13: load only what is
// needed). A file holds Brå's rows of every municipality an export had, often sixty; a
// document shows the own municipality's and those a lägesbild compares with, and search
// shows none.

namespace samverka::storage {

enum class StatisticsRows {
    All,      ///< every municipality's rows: the exchange export, the statistics page
    Compared, ///< the own municipality's, and those any lägesbild edition compares with
    None,     ///< no crime statistics at all
};

struct LoadOptions {
    bool attachmentData = false; ///< the attachments' bytes, not only their names
    StatisticsRows statistics = StatisticsRows::All;
    /// The bytes of the attachment that is the municipality's logo, even when the other
    /// attachments' are left out: the documents print it.
    bool logoData = false;
};

} // namespace samverka::storage
