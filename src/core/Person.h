#pragma once

// A contact person. Personal data: keep only what the work needs.

#include <QString>

namespace samverka::core {

struct Person {
    QString id;
    QString name;
    QString title;
    QString party; ///< party id, may be empty
    QString email;
    QString phone;

    bool operator==(const Person &) const = default;
};

} // namespace samverka::core
