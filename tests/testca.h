#pragma once

// A throwaway self-signed CA (openssl req -x509, P-256) for tests that read or compare a CA
// certificate; it is never trusted for a connection. Header-only.

namespace TestCa {
inline constexpr char pem[] = R"(-----BEGIN CERTIFICATE-----
MIIBgzCCASmgAwIBAgIUXNN/mgPPsx9jBs3FSdMIU7ZxAJcwCgYIKoZIzj0EAwIw
FzEVMBMGA1UEAwwMRmFub3V0VGVzdENBMB4XDTI2MTEyMjA3NDA1NloXDTM2MTEx
OTA3NDA1NlowFzEVMBMGA1UEAwwMRmFub3V0VGVzdENBMFkwEwYHKoZIzj0CAQYI
KoZIzj0DAQcDQgAEAoJKTQaFsw09ZgjMXq/Sj62YDxLN9wVKAapYUoByn8UcWcBH
zKV54C8rybpVnmMfBsnwPiHHkkOGs2kz1TakXKNTMFEwHQYDVR0OBBYEFHOUPKPm
elMeGpnb/pEIyYHFOH4cMB8GA1UdIwQYMBaAFHOUPKPmelMeGpnb/pEIyYHFOH4c
MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIhAKRTIMp1gdVq+/60
W1+pRTH+FyBXgoSEsX8lkeheiIJWAiA4U2Rvt9nNAyTQ7X1+Vlpe+EPL0TGdvjGX
sxuJcvA3Ng==
-----END CERTIFICATE-----
)";
} // namespace TestCa
