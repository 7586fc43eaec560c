#pragma once

#include <QString>

// Passwords are kept only as Argon2id hashes (libsodium's crypto_pwhash_str, a memory-hard
// key-derivation function with its own salt and parameters inside the stored string).
namespace PasswordHasher {
// Empty on failure (out of memory).
QString hash(const QString& password);
bool verify(const QString& password, const QString& storedHash);
} // namespace PasswordHasher
