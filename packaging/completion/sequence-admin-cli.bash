# SPDX-FileCopyrightText: 2026 The Sequence Admin developers
# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for sequence-admin-cli: commands, their options, format
# names, environments, saved profile names (from `profiles list`) and stored
# snapshot references (from `snapshot list`).
# Installed to /usr/share/bash-completion/completions/sequence-admin-cli.

_sequence_admin_cli_profiles()
{
    sequence-admin-cli profiles list --quiet 2>/dev/null | awk 'NR > 1 { print $1 }'
}

_sequence_admin_cli_snapshots()
{
    echo "@latest @latest~1"
    sequence-admin-cli snapshot list --quiet 2>/dev/null | awk 'NR > 1 { print $1 }'
}

_sequence_admin_cli()
{
    local cur prev command action
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    COMPREPLY=()

    if [ "$COMP_CWORD" -eq 1 ]; then
        mapfile -t COMPREPLY < <(compgen -W "users export diff snapshot drift check review profiles --help --version" -- "$cur")
        return 0
    fi
    command="${COMP_WORDS[1]}"
    action="${COMP_WORDS[2]}"

    local connection="--profile --base-url --environment --ca-file --page-size --timeout --request-deadline --deadline --retries --store --no-store --quiet --verbose --help"
    local filters="--search --state --role --can --departs"
    case "$prev" in
        --format)
            local formats
            case "$command" in
                users) formats="table csv matrix-csv json ndjson html pdf" ;;
                export) formats="csv matrix-csv json ndjson html pdf" ;;
                diff) formats="text csv" ;;
                drift) formats="text csv json" ;;
                check) formats="text json csv sarif junit" ;;
                snapshot) formats="text json" ;;
                review) formats="text json" ;;
            esac
            mapfile -t COMPREPLY < <(compgen -W "$formats" -- "$cur")
            return 0
            ;;
        --profile)
            mapfile -t COMPREPLY < <(compgen -W "$(_sequence_admin_cli_profiles)" -- "$cur")
            return 0
            ;;
        --environment)
            mapfile -t COMPREPLY < <(compgen -W "production sandbox dev" -- "$cur")
            return 0
            ;;
        --snapshot | --baseline | --against)
            mapfile -t COMPREPLY < <(compgen -W "$(_sequence_admin_cli_snapshots)" -- "$cur")
            return 0
            ;;
        --fail-on)
            mapfile -t COMPREPLY < <(compgen -W "low medium high critical" -- "$cur")
            return 0
            ;;
        --decision)
            mapfile -t COMPREPLY < <(compgen -W "keep revoke flag undecided" -- "$cur")
            return 0
            ;;
        --dir | --supersedes)
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            return 0
            ;;
        --output | --secret-file | --store | --allow | --policy | --ca-file)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return 0
            ;;
        --base-url | --client-id | --search | --state | --role | --can | --page-size | --timeout | \
            --request-deadline | --deadline | --retries | --keep-last | --keep-monthly | --explain | \
            --title | --user | --reason | --reviewer | --revoke-roles | --gpg-key)
            return 0
            ;;
    esac

    local options=""
    case "$command" in
        users) options="$connection $filters --format --snapshot" ;;
        export) options="$connection $filters --format --output --snapshot --policy" ;;
        diff) options="--format --store --quiet --verbose --help" ;;
        drift) options="$connection --baseline --against --allow --format" ;;
        check) options="$connection --policy --snapshot --format --output --fail-on --explain" ;;
        snapshot)
            if [ "$COMP_CWORD" -eq 2 ]; then
                mapfile -t COMPREPLY < <(compgen -W "take list show export import prune --help" -- "$cur")
                return 0
            fi
            case "$action" in
                take) options="$connection" ;;
                list) options="--format --store --quiet --verbose --help" ;;
                show) options="--format --store --quiet --verbose --help" ;;
                export) options="--output --store --quiet --verbose --help" ;;
                import) options="--store --quiet --verbose --help" ;;
                prune) options="--keep-last --keep-monthly --store --quiet --verbose --help" ;;
            esac
            if [[ "$cur" != -* ]]; then
                case "$action" in
                    show | export)
                        mapfile -t COMPREPLY < <(compgen -W "$(_sequence_admin_cli_snapshots)" -- "$cur")
                        return 0
                        ;;
                    import)
                        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                        return 0
                        ;;
                esac
            fi
            ;;
        review)
            if [ "$COMP_CWORD" -eq 2 ]; then
                mapfile -t COMPREPLY < <(compgen -W "start decide status sign confirm verify --help" -- "$cur")
                return 0
            fi
            case "$action" in
                start) options="$connection $filters --title --dir --supersedes" ;;
                decide) options="--user --all-undecided --decision --reason --reviewer --revoke-roles --quiet --verbose --help" ;;
                status) options="--format --limit --verbose --help" ;;
                sign) options="--reviewer --role --gpg-key --policy --quiet --verbose --help" ;;
                confirm) options="$connection" ;;
                verify) options="--quiet --verbose --help" ;;
            esac
            if [[ "$cur" != -* && "$action" != start ]]; then
                mapfile -t COMPREPLY < <(compgen -d -- "$cur")
                return 0
            fi
            ;;
        profiles)
            if [ "$COMP_CWORD" -eq 2 ]; then
                mapfile -t COMPREPLY < <(compgen -W "list add remove --help" -- "$cur")
                return 0
            fi
            case "$action" in
                list) options="--quiet --verbose --help" ;;
                add) options="--environment --base-url --client-id --ca-file --page-size --secret-file --quiet --verbose --help" ;;
                remove)
                    options="--quiet --verbose --help"
                    if [[ "$cur" != -* ]]; then
                        mapfile -t COMPREPLY < <(compgen -W "$(_sequence_admin_cli_profiles)" -- "$cur")
                        return 0
                    fi
                    ;;
            esac
            ;;
    esac
    if [[ "$cur" == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    elif [ "$command" = diff ]; then
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
    return 0
}

complete -F _sequence_admin_cli sequence-admin-cli
