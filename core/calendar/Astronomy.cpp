#include "Astronomy.h"

#include <cmath>

namespace {

constexpr double pi = 3.14159265358979323846;

double rad(double degrees)
{
    return degrees * pi / 180.0;
}

double normalizedDegrees(double degrees)
{
    double d = std::fmod(degrees, 360.0);
    return d < 0 ? d + 360.0 : d;
}

// Meeus table 49.A (new moon): coefficient, power of E, multipliers of M, M′, F, Ω.
struct PeriodicTerm
{
    double coefficient;
    int ePower;
    int m;
    int mPrime;
    int f;
    int omega;
};

constexpr PeriodicTerm newMoonTerms[] = {
    {-0.40720, 0, 0, 1, 0, 0}, {0.17241, 1, 1, 0, 0, 0},    {0.01608, 0, 0, 2, 0, 0},
    {0.01039, 0, 0, 0, 2, 0},  {0.00739, 1, -1, 1, 0, 0},   {-0.00514, 1, 1, 1, 0, 0},
    {0.00208, 2, 2, 0, 0, 0},  {-0.00111, 0, 0, 1, -2, 0},  {-0.00057, 0, 0, 1, 2, 0},
    {0.00056, 1, 1, 2, 0, 0},  {-0.00042, 0, 0, 3, 0, 0},   {0.00042, 1, 1, 0, 2, 0},
    {0.00038, 1, 1, 0, -2, 0}, {-0.00024, 1, -1, 2, 0, 0},  {-0.00017, 0, 0, 0, 0, 1},
    {-0.00007, 0, 2, 1, 0, 0}, {0.00004, 0, 0, 2, -2, 0},   {0.00004, 0, 3, 0, 0, 0},
    {0.00003, 0, 1, 1, -2, 0}, {0.00003, 0, 0, 2, 2, 0},    {-0.00003, 0, 1, 1, 2, 0},
    {0.00003, 0, -1, 1, 2, 0}, {-0.00002, 0, -1, 1, -2, 0}, {-0.00002, 0, 1, 3, 0, 0},
    {0.00002, 0, 0, 4, 0, 0},
};

// Meeus 49: the fourteen planetary arguments A1…A14 (A1 has a T² term) and their amplitudes.
struct PlanetaryTerm
{
    double base;
    double perLunation;
    double amplitude;
};

constexpr PlanetaryTerm planetaryTerms[] = {
    {299.77, 0.107408, 0.000325},  {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
    {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
    {207.14, 2.453732, 0.000060},  {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
    {207.19, 0.121824, 0.000042},  {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
    {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023},
};

constexpr double newMoonEpoch = 2451550.09766; // JDE of new moon k = 0 (Meeus 49.1)

} // namespace

namespace Astronomy {

double newMoonUt(int k)
{
    const double kk = k;
    const double t = kk / 1236.85;
    const double t2 = t * t;
    const double t3 = t2 * t;
    const double t4 = t3 * t;

    double jde =
        newMoonEpoch + synodicMonth * kk + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;

    const double e = 1.0 - 0.002516 * t - 0.0000074 * t2;
    const double m = rad(2.5534 + 29.10535670 * kk - 0.0000014 * t2 - 0.00000011 * t3);
    const double mPrime =
        rad(201.5643 + 385.81693528 * kk + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
    const double f =
        rad(160.7108 + 390.67050284 * kk - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
    const double omega = rad(124.7746 - 1.56375588 * kk + 0.0020672 * t2 + 0.00000215 * t3);

    for (const PeriodicTerm& term : newMoonTerms) {
        const double argument = term.m * m + term.mPrime * mPrime + term.f * f + term.omega * omega;
        double value = term.coefficient * std::sin(argument);
        for (int i = 0; i < term.ePower; ++i)
            value *= e;
        jde += value;
    }
    bool first = true;
    for (const PlanetaryTerm& term : planetaryTerms) {
        double argument = term.base + term.perLunation * kk;
        if (first)
            argument -= 0.009173 * t2;
        first = false;
        jde += term.amplitude * std::sin(rad(argument));
    }

    const double year = 2000.0 + (jde - 2451544.5) / 365.25;
    return jde - deltaTDays(year);
}

int newMoonIndexNear(double jd)
{
    return int(std::lround((jd - newMoonEpoch) / synodicMonth));
}

double deltaTDays(double y)
{
    double seconds = 0;
    if (y < 1920) {
        const double t = y - 1900;
        seconds = -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t -
                  0.000197 * t * t * t * t;
    } else if (y < 1941) {
        const double t = y - 1920;
        seconds = 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    } else if (y < 1961) {
        const double t = y - 1950;
        seconds = 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    } else if (y < 1986) {
        const double t = y - 1975;
        seconds = 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    } else if (y < 2005) {
        const double t = y - 2000;
        seconds = 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t +
                  0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
    } else if (y < 2050) {
        const double t = y - 2000;
        seconds = 62.92 + 0.32217 * t + 0.005589 * t * t;
    } else if (y < 2150) {
        const double u = (y - 1820) / 100;
        seconds = -20 + 32 * u * u - 0.5628 * (2150 - y);
    } else {
        const double u = (y - 1820) / 100;
        seconds = -20 + 32 * u * u;
    }
    return seconds / 86400.0;
}

double solarLongitude(double jdUt)
{
    // Meeus 25: T in Julian centuries of TT from J2000.0.
    const double year = 2000.0 + (jdUt - 2451544.5) / 365.25;
    const double t = (jdUt + deltaTDays(year) - 2451545.0) / 36525.0;
    const double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
    const double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
    const double center = (1.914602 - 0.004817 * t - 0.000014 * t * t) * std::sin(m) +
                          (0.019993 - 0.000101 * t) * std::sin(2 * m) + 0.000289 * std::sin(3 * m);
    const double omega = rad(125.04 - 1934.136 * t);
    // True longitude, then aberration and nutation give the apparent longitude.
    return normalizedDegrees(l0 + center - 0.00569 - 0.00478 * std::sin(omega));
}

} // namespace Astronomy
