#pragma once

// The two astronomical quantities the Vietnamese lunar calendar is built on, computed from
// the series in Jean Meeus, "Astronomical Algorithms" (2nd ed.): chapter 49 (phases of the
// Moon) and chapter 25 (solar coordinates, low accuracy). Julian days are fractional
// (noon-based); accuracy is a few seconds for the new moons and about 0.01° for the Sun
// over 1900–2200, far inside what the calendar (whole days) needs.
namespace Astronomy {

// Mean synodic month in days (Meeus 49.1).
constexpr double synodicMonth = 29.530588861;

// Julian day (Universal Time) of the true new moon number k, k = 0 being the new moon of
// 6 January 2000 and negative k before it.
double newMoonUt(int k);

// The new moon number whose mean date is nearest to the Julian day jd.
int newMoonIndexNear(double jd);

// ΔT = TT − UT in days for a decimal year (Espenak and Meeus polynomials, 1900–2200).
double deltaTDays(double year);

// Apparent geocentric longitude of the Sun in degrees [0, 360) at Julian day jdUt.
double solarLongitude(double jdUt);

} // namespace Astronomy
