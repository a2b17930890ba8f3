#include "passwordstore.h"

#include "logging.h"

#ifdef INVENTORY_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace inventory {

namespace {
const QString service = QStringLiteral("inventory-desk");
}

bool PasswordStore::isAvailable()
{
#ifdef INVENTORY_HAVE_KEYCHAIN
    return true; // whether a backend answers is only known when a job runs
#else
    return false;
#endif
}

void PasswordStore::read(QObject *context, const QString &key, std::function<void(const QString &)> done)
{
#ifdef INVENTORY_HAVE_KEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(service, context);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done](QKeychain::Job *) {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            qCInfo(lcUi) << "keychain read failed:" << job->errorString();
        done(job->error() == QKeychain::NoError ? job->textData() : QString());
    });
    job->start();
#else
    Q_UNUSED(context);
    Q_UNUSED(key);
    done({});
#endif
}

void PasswordStore::write(QObject *context, const QString &key, const QString &password,
                          std::function<void(const QString &)> done)
{
#ifdef INVENTORY_HAVE_KEYCHAIN
    auto *job = new QKeychain::WritePasswordJob(service, context);
    job->setKey(key);
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done](QKeychain::Job *) {
        done(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
#else
    Q_UNUSED(context);
    Q_UNUSED(key);
    Q_UNUSED(password);
    done(QObject::tr("This build has no keychain support; use ~/.pgpass."));
#endif
}

void PasswordStore::remove(QObject *context, const QString &key)
{
#ifdef INVENTORY_HAVE_KEYCHAIN
    auto *job = new QKeychain::DeletePasswordJob(service, context);
    job->setKey(key);
    job->start();
#else
    Q_UNUSED(context);
    Q_UNUSED(key);
#endif
}

} // namespace inventory
