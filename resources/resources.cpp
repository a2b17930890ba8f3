// The icons are in the resource object library attached to this target; this file only gives
// the static library something to hold.
namespace inventory {
int resourcesAnchor = 0;
}
