#pragma once

// The fixture of UrlList's tests (tst_urllist_lines, tst_urllist_extract): the texts they
// compare are the headless mode's. A test class derives from it; Qt Test finds the inherited
// initTestCase() slot by name and runs it for it. Header-only: list it in the test's SOURCES
// so that moc sees it.

#include <QLocale>
#include <QObject>

class UrlListFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The texts in English with C numbers ("9009 characters"), as the headless mode makes them
    // (the window's locale would group the digits).
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
};
