# shellcheck shell=bash
# Sourced by build-initramfs.sh and build-soak-initramfs.sh.
#   tree_list DIR DEST   gen_init_cpio lines for every entry of DIR (relative to the
#                        repo root), installed as DEST
tree_list() {
	find "$1" -mindepth 1 -printf '%y %P %m %l\n' | while read -r type name mode target; do
		case $type in
		d) echo "dir $2/$name $mode 0 0" ;;
		f) echo "file $2/$name $PWD/$1/$name $mode 0 0" ;;
		l) echo "slink $2/$name $target 777 0 0" ;;
		esac
	done
}
