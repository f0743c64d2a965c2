"""A small particle simulation with untyped float locals (which Cython
infers as C doubles): Euler steps, energy, collisions with walls, and
summary statistics."""
import math


def step(state, dt=0.01, g=-9.81):
    x, y, vx, vy = state
    vy = vy + g * dt
    x = x + vx * dt
    y = y + vy * dt
    if y < 0.0:
        y = -y
        vy = -vy * 0.9
    return (x, y, vx, vy)


def simulate(state, int steps, dt=0.01):
    traj = [state]
    for _ in range(steps):
        state = step(state, dt)
        traj.append(state)
    return [tuple(round(v, 9) for v in s) for s in traj[::max(1, steps // 5)]]


def energy(state, mass=1.0, g=9.81):
    x, y, vx, vy = state
    kinetic = 0.5 * mass * (vx * vx + vy * vy)
    potential = mass * g * y
    return round(kinetic + potential, 9)


def projectile_range(speed, angle_deg, g=9.81):
    theta = math.radians(angle_deg)
    if g <= 0:
        raise ValueError("gravity must be positive")
    t_flight = 2.0 * speed * math.sin(theta) / g
    return round(speed * math.cos(theta) * t_flight, 9), round(t_flight, 9)


def best_angle(speed, int samples=90):
    best = -1.0
    best_a = 0
    for a in range(samples + 1):
        r, _ = projectile_range(speed, a * 90.0 / samples)
        if r > best:
            best = r
            best_a = a
    return best_a * 90.0 / samples, best


def spring(k, m, x0, int steps, dt=0.001):
    x = x0
    v = 0.0
    peak = abs(x0)
    crossings = 0
    for _ in range(steps):
        a = -k / m * x
        v += a * dt
        old = x
        x += v * dt
        if (old < 0.0) != (x < 0.0):
            crossings += 1
        peak = max(peak, abs(x))
    return round(x, 9), crossings, round(peak, 9)


def orbit_period(r, mu=3.986004418e14):
    if r <= 0:
        raise ValueError(f"radius must be positive, got {r}")
    return round(2 * math.pi * math.sqrt(r ** 3 / mu), 6)


def half_life_remaining(n0, half_life, t):
    return n0 * 0.5 ** (t / half_life)


def drag_terminal(mass, area, cd=1.0, rho=1.225, g=9.81):
    return math.sqrt(2.0 * mass * g / (rho * area * cd))
