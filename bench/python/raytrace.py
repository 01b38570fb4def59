"""Raytrace: a small ray tracer (vector class with operator overloading, spheres and a plane,
Lambert and specular shading, shadows, one reflection bounce). Prints a checksum of the image
and a coarse ASCII rendering."""
import math
import sys

EPSILON = 1e-5


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def cross(self, o):
        return Vec(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z,
                   self.x * o.y - self.y * o.x)

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2 * self.dot(normal))

    def __repr__(self):
        return "Vec(%r, %r, %r)" % (self.x, self.y, self.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, centre, radius, colour, shine):
        self.centre = centre
        self.radius = radius
        self.colour = colour
        self.shine = shine

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, p):
        return (p - self.centre).normalized()

    def colour_at(self, p):
        return self.colour


class Plane:
    def __init__(self, point, normal, shine):
        self.point = point
        self.normal = normal.normalized()
        self.shine = shine

    def intersect(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, p):
        return self.normal

    def colour_at(self, p):
        # a checkerboard
        if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.1, 0.1, 0.1)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.4),
            Sphere(Vec(-2.0, 0.6, 6.0), 0.6, Vec(0.2, 0.9, 0.2), 0.2),
            Sphere(Vec(1.8, 0.5, 4.0), 0.5, Vec(0.2, 0.3, 0.9), 0.6),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), 0.3),
        ]
        self.lights = [Vec(-4.0, 6.0, 0.0), Vec(5.0, 4.0, 2.0)]
        self.eye = Vec(0.0, 1.5, -1.0)

    def closest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t, best = t, obj
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.closest(ray)
        if obj is None:
            return Vec(0.2, 0.3, 0.5) * (0.5 + 0.5 * ray.direction.y)
        p = ray.at(t)
        n = obj.normal_at(p)
        base = obj.colour_at(p)
        colour = base * 0.1
        for light in self.lights:
            to_light = light - p
            dist = to_light.length()
            to_light = to_light * (1.0 / dist)
            blocker, bt = self.closest(Ray(p, to_light))
            if blocker is not None and bt < dist:
                continue
            lambert = n.dot(to_light)
            if lambert > 0:
                colour = colour + base * (lambert * 0.7)
                spec = to_light.reflect(n).dot(ray.direction)
                if spec > 0:
                    colour = colour + Vec(1.0, 1.0, 1.0) * (spec ** 20 * obj.shine)
        if depth > 0 and obj.shine > 0:
            bounce = Ray(p, ray.direction.reflect(n))
            colour = colour + self.trace(bounce, depth - 1) * obj.shine
        return colour


def render(width, height):
    scene = Scene()
    rows = []
    for j in range(height):
        row = []
        for i in range(width):
            x = (i - width / 2) / width
            y = (height / 2 - j) / height
            ray = Ray(scene.eye, Vec(x, y, 1.0))
            c = scene.trace(ray, 2)
            row.append((min(c.x, 1.0), min(c.y, 1.0), min(c.z, 1.0)))
        rows.append(row)
    return rows


def main(size):
    image = render(size, size)
    checksum = 0
    for row in image:
        for r, g, b in row:
            checksum = (checksum * 31 + int(r * 255) * 65536 + int(g * 255) * 256 + int(b * 255)) % 1000000007
    print("checksum", checksum)
    shades = " .:-=+*#%@"
    step = max(1, size // 24)
    for row in image[::step]:
        print("".join(shades[min(9, int((r + g + b) / 3 * 10))] for r, g, b in row[::step]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 130)
